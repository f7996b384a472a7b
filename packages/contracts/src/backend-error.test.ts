import { describe, expect, it } from 'vitest';
import { BACKEND_ERROR_CODES, backendErrorCode } from './backend-error';

describe('backend error codes', () => {
  it('are unique snake_case names', () => {
    expect(new Set(BACKEND_ERROR_CODES).size).toBe(BACKEND_ERROR_CODES.length);
    for (const code of BACKEND_ERROR_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('are read from code, or from type where the type was the code', () => {
    expect(backendErrorCode({ type: 'not_allowed', code: 'insufficient_inventory', message: '…' })).toBe(
      'insufficient_inventory',
    );
    expect(backendErrorCode({ type: 'price_changed', message: '…' })).toBe('price_changed');
    expect(backendErrorCode({ type: 'invalid_data', code: 'invalid_request_error' })).toBe('invalid_data');
    expect(backendErrorCode({ type: 'not_allowed', code: 'invalid_request_error' })).toBeNull();
    expect(backendErrorCode(null)).toBeNull();
  });
});
