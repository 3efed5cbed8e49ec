package vn.motcua.documents.internal;

import vn.motcua.documents.FormSpec;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper, margins and type sizes for one paper format, in points. */
record PageLayout(PDRectangle paper, float marginLeft, float marginRight, float marginTop, float marginBottom,
        float body, float small, float header, float title, float table, float qr) {

    static PageLayout of(FormSpec.Paper paper) {
        return switch (paper) {
            case A5_PORTRAIT -> new PageLayout(PDRectangle.A5, 40, 28, 24, 28, 9, 7.5f, 8.5f, 11, 8, 48);
            case A4_PORTRAIT -> new PageLayout(PDRectangle.A4, 57, 40, 40, 45, 11, 9, 10.5f, 13, 9, 64);
            case A4_LANDSCAPE -> new PageLayout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
                    40, 30, 34, 40, 10, 8, 10, 13, 8, 56);
        };
    }

    float contentWidth() {
        return paper.getWidth() - marginLeft - marginRight;
    }
}
