import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Viewer } from '@msp-atlas/access';
import { accountIdentity } from '@msp-atlas/gateway-trust';
import { grantsOfAccount } from '../account/account-grants.js';
import { toAccount } from '../account/account.mapper.js';
import type { AccountsContext } from '../graphql/context.js';
import { AuthPayload } from './auth.payload.js';
import { recordFailedSignIn, takeSignInAttempt } from './sign-in-limits.js';
import { SignInInput } from './sign-in.input.js';
import { renewToken, signIn, signOut, signUp, validSignIn, validSignUp, type SignedIn } from './sign-in.service.js';
import { SignOutPayload } from './sign-out.payload.js';
import { SignUpInput } from './sign-up.input.js';

@Resolver()
export class SignInResolver {
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in' })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() context: AccountsContext): Promise<AuthPayload> {
    const valid = validSignUp(input);
    takeSignInAttempt(context, null);
    return payload(await signUp(context.services, valid));
  }

  @Mutation(() => AuthPayload)
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() context: AccountsContext): Promise<AuthPayload> {
    const valid = validSignIn(input);
    takeSignInAttempt(context, valid.email);
    const signedIn = await signIn(context.services, valid).catch((error: unknown) => {
      recordFailedSignIn(context, valid.email);
      throw error;
    });
    return payload(signedIn);
  }

  @Mutation(() => AuthPayload, { description: 'A fresh token for the current sign-in, before the old one expires' })
  async renewToken(@Ctx() context: AccountsContext): Promise<AuthPayload> {
    return payload(await renewToken(context.services, context.identity));
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current sign-in: its tokens stop working' })
  async signOut(@Ctx() context: AccountsContext): Promise<SignOutPayload> {
    return { signedOut: await signOut(context.services, context.identity) };
  }
}

// The new token's owner sees their own e-mail in the answer, whoever sent the request.
function payload(signedIn: SignedIn): AuthPayload {
  const owner = new Viewer(accountIdentity(signedIn.account.id, { email: signedIn.account.email, grants: grantsOfAccount(signedIn.account) }));
  return { token: signedIn.token, expiresAt: signedIn.expiresAt, viewer: toAccount(signedIn.account, owner) };
}
