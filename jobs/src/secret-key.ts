/** POSTURE_SECRET_KEY (32 bytes): keys token hashes and encrypts connector secrets. */
export const SECRET_KEY = Symbol('POSTURE_SECRET_KEY');

/**
 * POSTURE_SECRET_KEY_PREVIOUS (32 bytes or null), set while a key rotation settles: API tokens
 * and sessions hashed under it still resolve, and are re-hashed under the current key on use.
 */
export const PREVIOUS_SECRET_KEY = Symbol('POSTURE_SECRET_KEY_PREVIOUS');
