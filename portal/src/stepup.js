/** How recent a sign-in the bank details page wants, in seconds: the code typed in the last five minutes. */
export const BANK_DETAILS_MAX_AGE = 300;

/**
 * Whether the tokens prove what changing bank details needs: the SMS level (acr) from a sign-in of the last
 * {@code maxAge} seconds (auth_time). An acr of sms alone says only that a code was typed once in the session.
 */
export function recentSecondFactor(claims, nowSeconds, maxAge = BANK_DETAILS_MAX_AGE) {
  return claims?.acr === 'sms' && Number.isFinite(claims.auth_time) && nowSeconds - claims.auth_time <= maxAge;
}
