/** Two lowercase hex digits of each byte value: ids and clocks are formatted from it without toString/padStart per value. */
export const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
