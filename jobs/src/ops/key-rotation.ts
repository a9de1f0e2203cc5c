import { decryptSecret, encryptSecret } from '../connectors/secret-box.js';
import type { Db } from '../database/db.js';

export interface RotationResult {
  /** Secrets re-encrypted under the new key. */
  reencrypted: number;
  /** Secrets that were under the new key already (a rotation run twice). */
  alreadyRotated: number;
}

/** Every column that holds a secret sealed with POSTURE_SECRET_KEY (secret-box.ts). */
const SEALED = [
  { table: 'connector_settings', key: ['tenant_id'], columns: ['secret_encrypted'] },
  { table: 'notification_channels', key: ['id'], columns: ['url_encrypted', 'secret_encrypted'] },
] as const;

/**
 * Re-encrypts every stored secret from `from` to `to`, in one transaction with the rows locked:
 * it all moves to the new key or nothing does. A secret already readable under `to` is left as
 * it is, so running it again is harmless; one readable under neither stops the rotation with the
 * row named (nothing is changed), since writing it under the new key would lose it.
 * Token and session hashes cannot be re-keyed without the tokens themselves: they move to the new
 * key when next used while POSTURE_SECRET_KEY_PREVIOUS is set (auth.service.ts).
 */
export async function rotateSecrets(db: Db, from: Buffer, to: Buffer): Promise<RotationResult> {
  const client = await db.pool.connect();
  const result: RotationResult = { reencrypted: 0, alreadyRotated: 0 };
  try {
    await client.query('BEGIN');
    for (const t of SEALED) {
      const { rows } = await client.query<Record<string, string | null>>(
        `SELECT ${[...t.key, ...t.columns].join(', ')} FROM ${t.table} FOR UPDATE`,
      );
      for (const row of rows) {
        const sets: string[] = [];
        const values: unknown[] = [];
        for (const col of t.columns) {
          const sealed = row[col];
          if (!sealed) continue;
          let plain: string;
          try {
            plain = decryptSecret(from, sealed);
          } catch {
            try {
              decryptSecret(to, sealed);
              result.alreadyRotated++;
              continue;
            } catch {
              throw new Error(
                `${t.table}.${col} of ${t.key.map((k) => row[k]).join('/')} opens under neither key; nothing was changed`,
              );
            }
          }
          values.push(encryptSecret(to, plain));
          sets.push(`${col} = $${values.length}`);
          result.reencrypted++;
        }
        if (sets.length === 0) continue;
        const where = t.key.map((k, i) => `${k} = $${values.length + i + 1}`).join(' AND ');
        await client.query(`UPDATE ${t.table} SET ${sets.join(', ')} WHERE ${where}`, [
          ...values,
          ...t.key.map((k) => row[k]),
        ]);
      }
    }
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
