const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A receipt number a clerk can read out on the phone: BC-20261118-7F3K9Q2M4D. */
export function newReceipt(now: Date): string {
  const date = now.toISOString().slice(0, 10).replace(/-/g, "");
  const random = crypto.getRandomValues(new Uint8Array(10));
  let code = "";
  for (const byte of random) code += ALPHABET[byte % 32];
  return `BC-${date}-${code}`;
}
