/* The access, CORS and website configurations kept on bucket and object rows, in AWS's wire member names. */

export type Permission = 'FULL_CONTROL' | 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP';

export interface Grantee {
  Type: 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail';
  ID?: string;
  DisplayName?: string;
  URI?: string;
  EmailAddress?: string;
}

export interface Grant {
  Grantee: Grantee;
  Permission: Permission;
}

export interface PublicAccessBlock {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface CorsRule {
  ID?: string;
  AllowedMethods: string[];
  AllowedOrigins: string[];
  AllowedHeaders?: string[];
  ExposeHeaders?: string[];
  MaxAgeSeconds?: number;
}

export interface RoutingRule {
  Condition?: { KeyPrefixEquals?: string; HttpErrorCodeReturnedEquals?: string };
  Redirect: {
    HostName?: string;
    HttpRedirectCode?: string;
    Protocol?: string;
    ReplaceKeyPrefixWith?: string;
    ReplaceKeyWith?: string;
  };
}

export interface WebsiteConfiguration {
  IndexDocument?: { Suffix: string };
  ErrorDocument?: { Key: string };
  RedirectAllRequestsTo?: { HostName: string; Protocol?: string };
  RoutingRules?: RoutingRule[];
}
