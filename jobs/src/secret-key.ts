/** POSTURE_SECRET_KEY (32 bytes): keys token hashes and encrypts connector secrets. */
export const SECRET_KEY = Symbol('POSTURE_SECRET_KEY');
