import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recentSecondFactor, BANK_DETAILS_MAX_AGE } from '../src/stepup.js';

const now = 1_780_000_000;

test('a code typed a minute ago opens the bank details', () => {
  assert.equal(recentSecondFactor({ acr: 'sms', auth_time: now - 60 }, now), true);
});

test('acr sms from a sign-in older than five minutes does not', () => {
  assert.equal(recentSecondFactor({ acr: 'sms', auth_time: now - BANK_DETAILS_MAX_AGE - 1 }, now), false);
});

test('a password-only sign-in, or no auth_time, does not', () => {
  assert.equal(recentSecondFactor({ acr: 'mot-de-passe', auth_time: now }, now), false);
  assert.equal(recentSecondFactor({ acr: 'sms' }, now), false);
  assert.equal(recentSecondFactor(undefined, now), false);
});
