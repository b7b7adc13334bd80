package io.opstimeline.core.raster;

import io.opstimeline.core.model.Rgb;

/** Premultiplied ARGB arithmetic: packing a colour and the "source over" blend, in integers. */
public final class Argb {
    private Argb() {
    }

    /** The colour with its alpha (0..1), premultiplied and packed as 0xAARRGGBB. */
    public static int premultiplied(Rgb c, double alpha) {
        int a = (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255);
        return a << 24 | mul(c.red(), a) << 16 | mul(c.green(), a) << 8 | mul(c.blue(), a);
    }

    /** x * y / 255, rounded, for 0..255 inputs. */
    static int mul(int x, int y) {
        int t = x * y + 128;
        return (t + (t >>> 8)) >>> 8;
    }

    /** Every channel of a premultiplied colour scaled by k/255 (coverage). */
    public static int scale(int argb, int k) {
        int rb = (argb & 0x00FF00FF) * k + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        int ag = ((argb >>> 8) & 0x00FF00FF) * k + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
        return ag | rb;
    }

    /** Premultiplied source over destination. */
    public static int over(int dst, int src) {
        int inv = 255 - (src >>> 24);
        return inv == 0 ? src : src + scale(dst, inv);
    }

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    /** Un-premultiplied red, green or blue (shift 16, 8, 0): what a viewer of the image sees. */
    public static int channel(int argb, int shift) {
        int a = argb >>> 24;
        return a == 0 ? 0 : Math.min(255, (((argb >>> shift) & 0xFF) * 255 + a / 2) / a);
    }
}
