package io.sarikata.model;

/** What a block is. The lower-case names are what outputs and gold files use. */
public enum Label {
    BODY, NAV;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    public static Label parse(String code) {
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "body" -> BODY;
            case "nav" -> NAV;
            default -> throw new IllegalArgumentException("label must be body or nav, got '" + code + "'");
        };
    }
}
