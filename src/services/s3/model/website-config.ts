import { invalidArgument, malformedXml } from '../errors.js';
import type { WebsiteConfiguration } from './access-configs.js';

/** PutBucketWebsite's checks, with S3's messages. */
export function validateWebsite(config: WebsiteConfiguration | undefined): WebsiteConfiguration {
  if (!config) throw malformedXml();
  const redirectAll = config.RedirectAllRequestsTo;
  if (redirectAll) {
    if (config.IndexDocument || config.ErrorDocument || config.RoutingRules) {
      throw invalidArgument('RedirectAllRequestsTo cannot be provided in conjunction with other Routing Rules.', 'RedirectAllRequestsTo', 'not null');
    }
    if (!redirectAll.HostName) throw malformedXml();
    checkProtocol(redirectAll.Protocol);
    return config;
  }
  const suffix = config.IndexDocument?.Suffix;
  if (suffix === undefined) throw invalidArgument('A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty', 'IndexDocument', 'null');
  if (suffix === '' || suffix.includes('/')) throw invalidArgument('The IndexDocument Suffix is not well formed', 'IndexDocument', suffix);
  if (config.ErrorDocument && !config.ErrorDocument.Key) throw invalidArgument('The ErrorDocument Key is not well formed', 'ErrorDocument', '');
  for (const rule of config.RoutingRules ?? []) {
    const redirect = rule.Redirect;
    if (!redirect) throw malformedXml();
    if (redirect.ReplaceKeyWith !== undefined && redirect.ReplaceKeyPrefixWith !== undefined) {
      throw invalidArgument('You can only define ReplaceKeyPrefix or ReplaceKey but not both.', 'ReplaceKeyPrefixWith', redirect.ReplaceKeyPrefixWith);
    }
    checkProtocol(redirect.Protocol);
    const code = redirect.HttpRedirectCode;
    if (code !== undefined && !/^3\d\d$/.test(code)) throw invalidArgument(`The provided HTTP redirect code (${code}) is not valid. Valid codes are 3XX except 300.`, 'HttpRedirectCode', code);
    if (code === '300') throw invalidArgument('The provided HTTP redirect code (300) is not valid. Valid codes are 3XX except 300.', 'HttpRedirectCode', code);
  }
  return config;
}

function checkProtocol(protocol: string | undefined): void {
  if (protocol !== undefined && protocol !== 'http' && protocol !== 'https') {
    throw invalidArgument('Invalid protocol, protocol can be http or https. If not defined the protocol will be selected automatically.', 'Protocol', protocol);
  }
}
