/** Sign-in, sessions and one-time tokens for accounts. */
export { AccountLimits } from './account-limits';
export { type AccessTokenClaims, TokenService } from './token.service';
export { AcceptedDto } from './auth.dto';
export { AuthModule } from './auth.module';
export { SessionsService } from './sessions.service';
