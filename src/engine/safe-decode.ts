/** decodeURIComponent that answers null for broken percent-encoding ("%E0%A4%A") instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
