/**
 * The Python runtime Kumo ships, run with the machine's `python3 -u`: loads `module.function`
 * from LAMBDA_TASK_ROOT, passes a context object like AWS's, formats `logging` output as
 * AWS's runtime does, and reports errors with errorMessage/errorType/requestId/stackTrace.
 * Kept as a string so it ships inside the compiled package.
 */
export const PYTHON_BOOTSTRAP = String.raw`
import http.client, importlib, json, logging, os, sys, time, traceback

api = os.environ['AWS_LAMBDA_RUNTIME_API']
root = os.environ['LAMBDA_TASK_ROOT']
sys.path.insert(0, root)
conn = http.client.HTTPConnection(api)
request_id = None

def call(method, path, body=None, headers=None):
    global conn
    try:
        conn.request(method, '/2018-06-01/runtime/' + path, body=body, headers=headers or {})
        res = conn.getresponse()
        return res.status, dict((k.lower(), v) for k, v in res.getheaders()), res.read()
    except Exception:
        # The Runtime API is gone: Kumo stopped; never outlive it.
        os._exit(0)

class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = request_id or ''
        return True

class LambdaFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).replace('\n', '\r')

handler_ = logging.StreamHandler(sys.stdout)
fmt = LambdaFormatter('[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s', '%Y-%m-%dT%H:%M:%S')
fmt.converter = time.gmtime
handler_.setFormatter(fmt)
handler_.addFilter(RequestIdFilter())
logging.getLogger().addHandler(handler_)

def error_body(e, tb_skip=0):
    frames = traceback.extract_tb(e.__traceback__)[tb_skip:]
    return {'errorMessage': str(e), 'errorType': type(e).__name__, 'requestId': request_id or '', 'stackTrace': traceback.format_list(frames)}

def report_error_line(body):
    lines = ['[ERROR] ' + body['errorType'] + ': ' + body['errorMessage'], 'Traceback (most recent call last):'] + [l.rstrip('\n').replace('\n', '\r') for l in body['stackTrace']]
    sys.stdout.write('\r'.join(lines) + '\n')

def init_error(error_type, message, e=None):
    body = {'errorMessage': message, 'errorType': error_type, 'requestId': '', 'stackTrace': traceback.format_list(traceback.extract_tb(e.__traceback__)) if e else []}
    report_error_line(body)
    call('POST', 'init/error', json.dumps(body), {'Lambda-Runtime-Function-Error-Type': error_type})
    os._exit(1)

def load_handler():
    spec = os.environ.get('_HANDLER', '')
    module_name, _, function_name = spec.rpartition('.')
    if not module_name:
        init_error('Runtime.MalformedHandlerName', "Bad handler '" + spec + "': not enough values to unpack (expected 2, got 1)")
    module_name = module_name.replace('/', '.')
    try:
        module = importlib.import_module(module_name)
    except SyntaxError as e:
        init_error('Runtime.UserCodeSyntaxError', "Syntax error in module '" + module_name + "': " + str(e), e)
    except ImportError as e:
        init_error('Runtime.ImportModuleError', "Unable to import module '" + module_name + "': " + str(e))
    except Exception as e:
        init_error(type(e).__name__, str(e), e)
    fn = getattr(module, function_name, None)
    if fn is None:
        init_error('Runtime.HandlerNotFound', "Handler '" + function_name + "' missing on module '" + module_name + "'")
    return fn

class LambdaContext:
    def __init__(self, headers):
        self.function_name = os.environ.get('AWS_LAMBDA_FUNCTION_NAME')
        self.function_version = os.environ.get('AWS_LAMBDA_FUNCTION_VERSION')
        self.invoked_function_arn = headers.get('lambda-runtime-invoked-function-arn')
        self.memory_limit_in_mb = os.environ.get('AWS_LAMBDA_FUNCTION_MEMORY_SIZE')
        self.aws_request_id = headers.get('lambda-runtime-aws-request-id')
        self.log_group_name = os.environ.get('AWS_LAMBDA_LOG_GROUP_NAME')
        self.log_stream_name = os.environ.get('AWS_LAMBDA_LOG_STREAM_NAME')
        self.identity = None
        cc = headers.get('lambda-runtime-client-context')
        self.client_context = json.loads(cc) if cc else None
        self._deadline = int(headers.get('lambda-runtime-deadline-ms', '0'))
    def get_remaining_time_in_millis(self):
        return max(0, self._deadline - int(time.time() * 1000))

handler = load_handler()
while True:
    status, headers, body = call('GET', 'invocation/next')
    request_id = headers.get('lambda-runtime-aws-request-id')
    context = LambdaContext(headers)
    try:
        event = json.loads(body or b'null')
        result = handler(event, context)
        payload = json.dumps(result)
    except Exception as e:
        err = error_body(e, 1)
        report_error_line(err)
        call('POST', 'invocation/' + request_id + '/error', json.dumps(err), {'Lambda-Runtime-Function-Error-Type': 'Unhandled'})
        continue
    call('POST', 'invocation/' + request_id + '/response', payload)
`;
