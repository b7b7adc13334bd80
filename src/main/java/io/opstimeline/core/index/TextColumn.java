package io.opstimeline.core.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many short strings kept as one UTF-8 byte blob plus offsets: about one byte a character and no
 * object per string, so ten million titles cost megabytes, not gigabytes. Strings are made only
 * for what is drawn.
 */
public final class TextColumn {
    private final byte[] bytes;
    private final int[] offsets;

    private TextColumn(byte[] bytes, int[] offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    public int size() {
        return offsets.length - 1;
    }

    public String get(int i) {
        return new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** True when string i is exactly these UTF-8 bytes; compares in place. */
    public boolean equalsBytes(int i, byte[] utf8) {
        int from = offsets[i];
        int len = offsets[i + 1] - from;
        return len == utf8.length && Arrays.equals(bytes, from, from + len, utf8, 0, len);
    }

    public int length(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** First byte of string i in {@link #bytes()}. */
    public int offset(int i) {
        return offsets[i];
    }

    /** The shared blob, for scans that must not copy (filters, label measuring); never write to it. */
    public byte[] bytes() {
        return bytes;
    }

    /** Appends strings without building String objects when the text is plain ASCII. */
    public static final class Builder {
        private byte[] bytes;
        private int[] offsets;
        private int count;
        private int used;

        public Builder(int expectedStrings) {
            offsets = new int[Math.max(16, expectedStrings + 1)];
            bytes = new byte[Math.max(64, expectedStrings * 12)];
        }

        public int size() {
            return count;
        }

        public void add(String s) {
            add(s.toCharArray(), 0, s.length());
        }

        public void add(char[] chars, int from, int length) {
            ensureBytes(length * 3);
            int at = used;
            for (int k = 0; k < length; k++) {
                char c = chars[from + k];
                if (c < 0x80) {
                    bytes[at++] = (byte) c;
                } else {
                    byte[] enc = new String(chars, from + k, length - k).getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(enc, 0, bytes, at, enc.length);
                    at += enc.length;
                    break;
                }
            }
            used = at;
            finish();
        }

        /** Appends {@code prefix + number}, as the generator's titles and ids are, with no garbage. */
        public void add(String prefix, long number) {
            ensureBytes(prefix.length() * 3 + 21);
            if (!prefix.isEmpty()) {
                byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(p, 0, bytes, used, p.length);
                used += p.length;
            }
            if (number < 0) {
                bytes[used++] = '-';
                number = -number;
            }
            int digits = 1;
            for (long v = number / 10; v > 0; v /= 10) {
                digits++;
            }
            for (long v = number, k = digits - 1; k >= 0; k--, v /= 10) {
                bytes[used + (int) k] = (byte) ('0' + v % 10);
            }
            used += digits;
            finish();
        }

        /** Appends every string of {@code other}, in order. */
        public void append(Builder other) {
            ensureBytes(other.used);
            System.arraycopy(other.bytes, 0, bytes, used, other.used);
            if (count + other.count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, count + other.count + 16);
            }
            for (int i = 1; i <= other.count; i++) {
                offsets[count + i] = used + other.offsets[i];
            }
            count += other.count;
            used += other.used;
        }

        private void finish() {
            if (count + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1) + 16);
            }
            offsets[++count] = used;
        }

        private void ensureBytes(int more) {
            if ((long) used + more > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("text column exceeds 2 GB");
            }
            if (used + more > bytes.length) {
                long grown = Math.max((long) used + more, bytes.length + (long) (bytes.length >> 1) + 64);
                bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 16));
            }
        }

        public TextColumn build() {
            return new TextColumn(bytes, Arrays.copyOf(offsets, count + 1));
        }
    }
}
