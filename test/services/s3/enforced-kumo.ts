import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { S3Client } from '@aws-sdk/client-s3';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';

export interface IssuedUser {
  client: S3Client;
  accessKeyId: string;
  secretAccessKey: string;
  arn: string;
}

/**
 * A Kumo with KUMO_ENFORCE_IAM and KUMO_ENFORCE_SIGV4 on: `root(account)` acts as an account's
 * root (twelve-digit key, allowed everything), `user(account, name, policy?)` makes an IAM user
 * with issued keys whose signatures are checked and whose policies are evaluated.
 */
export async function startEnforcedS3(services: string[] = []): Promise<{
  kumo: EmbeddedKumo;
  root: (accountId: string) => S3Client;
  user: (accountId: string, name: string, allowS3?: boolean) => Promise<IssuedUser>;
}> {
  const kumo = await startKumo({ port: 0, services: ['iam', 'sts', 's3', ...services], enforceIam: true, enforceSigV4: true });
  const base = { endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true };
  const root = (accountId: string) => new S3Client({ ...base, credentials: { accessKeyId: accountId, secretAccessKey: 'test' } });
  const user = async (accountId: string, name: string, allowS3 = true): Promise<IssuedUser> => {
    const iam = new IAMClient({ ...base, credentials: { accessKeyId: accountId, secretAccessKey: 'test' } });
    const arn = (await iam.send(new CreateUserCommand({ UserName: name }))).User!.Arn!;
    if (allowS3) {
      await iam.send(new PutUserPolicyCommand({
        UserName: name, PolicyName: 's3',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
      }));
    }
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    const credentials = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    return { client: new S3Client({ ...base, credentials }), ...credentials, arn };
  };
  return { kumo, root, user };
}
