import type { OperationContext } from '../../define-service.js';
import { noSuchEntity } from '../errors.js';
import { loadInstanceProfile, loadPolicy, loadRole, loadUser } from '../entities.js';
import { keyOf, paginate, removeTags, validateTags } from '../model.js';
import { instanceProfilesTable, policiesTable, providersTable, rolesTable, usersTable, type Tag } from '../store.js';

/** Tag, untag and list tags for every taggable IAM resource, over one shape: a row with Tags. */
interface Taggable {
  tags: Tag[];
  save(tags: Tag[]): void;
}

function user(ctx: OperationContext, name: string): Taggable {
  const row = loadUser(ctx, name);
  return { tags: row.Tags, save: (Tags) => ctx.table(usersTable).put(keyOf(row.UserName), { ...row, Tags }) };
}

function role(ctx: OperationContext, name: string): Taggable {
  const row = loadRole(ctx, name);
  return { tags: row.Tags, save: (Tags) => ctx.table(rolesTable).put(keyOf(row.RoleName), { ...row, Tags }) };
}

function policy(ctx: OperationContext, arn: string): Taggable {
  const row = loadPolicy(ctx, arn);
  return { tags: row.Tags, save: (Tags) => ctx.table(policiesTable).put(keyOf(row.PolicyName), { ...row, Tags }) };
}

function instanceProfile(ctx: OperationContext, name: string): Taggable {
  const row = loadInstanceProfile(ctx, name);
  return { tags: row.Tags, save: (Tags) => ctx.table(instanceProfilesTable).put(keyOf(row.InstanceProfileName), { ...row, Tags }) };
}

function provider(ctx: OperationContext, arn: string): Taggable {
  const row = ctx.table(providersTable).get(arn ?? '');
  if (!row) throw noSuchEntity(`The specified provider ${arn} cannot be found.`);
  return { tags: row.Tags, save: (Tags) => ctx.table(providersTable).put(arn, { ...row, Tags }) };
}

type Loader = (ctx: OperationContext, id: string) => Taggable;

function tagOps(loader: Loader, idMember: string) {
  return {
    tag: (input: Record<string, unknown>, ctx: OperationContext) => {
      const target = loader(ctx, input[idMember] as string);
      target.save(validateTags(input.Tags as Tag[] | undefined, target.tags));
      return {};
    },
    untag: (input: Record<string, unknown>, ctx: OperationContext) => {
      const target = loader(ctx, input[idMember] as string);
      target.save(removeTags(target.tags, input.TagKeys as string[] | undefined));
      return {};
    },
    list: (input: Record<string, unknown>, ctx: OperationContext) => {
      const page = paginate(loader(ctx, input[idMember] as string).tags, input.Marker as string | undefined, input.MaxItems as number | undefined);
      return { Tags: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
    },
  };
}

export const userTags = tagOps(user, 'UserName');
export const roleTags = tagOps(role, 'RoleName');
export const policyTags = tagOps(policy, 'PolicyArn');
export const instanceProfileTags = tagOps(instanceProfile, 'InstanceProfileName');
export const oidcProviderTags = tagOps(provider, 'OpenIDConnectProviderArn');
export const samlProviderTags = tagOps(provider, 'SAMLProviderArn');
