import { randomBytes } from 'node:crypto';
import type { ReferenceConfig } from '../reference/index.ts';
import type { ApiRequest } from '../routing/index.ts';
import { platformError } from './errors.ts';
import { accountHeader, signatureHeader, signatureProblem, unixSeconds } from './signature.ts';

export type Account = ReferenceConfig['platformWebhook']['accounts'][number];

// An unknown account is checked against a secret nobody has, so it fails exactly like
// a wrong signature: same answer, same work, nothing to enumerate accounts with.
const nobodysSecret = randomBytes(32).toString('hex');

/** Refuses (401) a request that is not signed by the account it names, before its body is parsed. */
export function authenticateRequest(config: ReferenceConfig, request: ApiRequest, now: number): void {
  const accountId = request.headers[accountHeader];
  if (!accountId) throw platformError(401, 'X-DialStack-Account-Id header is missing.');
  const account = config.platformWebhook.accounts.find((a) => a.accountId === accountId);
  const problem = signatureProblem({
    header: request.headers[signatureHeader],
    secret: account?.secret ?? nobodysSecret,
    body: request.rawBody,
    nowSeconds: unixSeconds(now),
    toleranceSeconds: config.platformWebhook.toleranceSeconds,
  });
  if (problem) throw platformError(401, problem);
}

/** The signed-for account, once the body's `account_id` agrees with the header. */
export function accountOf(config: ReferenceConfig, input: { request: ApiRequest; body: { account_id: string } }): Account {
  const accountId = input.request.headers[accountHeader];
  if (input.body.account_id !== accountId) throw platformError(400, 'account_id does not match X-DialStack-Account-Id.');
  return config.platformWebhook.accounts.find((a) => a.accountId === accountId)!;
}
