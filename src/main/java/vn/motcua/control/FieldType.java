package vn.motcua.control;

/** What a field of a control record holds, hence how it is read (JSON, form, spreadsheet), checked and shown. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A date: JSON {@code 2024-03-05}; forms and spreadsheets also {@code 05/03/2024}. */
    DATE,
    /** A whole number from 0. */
    COUNT,
    /** A web address (http or https). */
    LINK,
    /** One value of the field's enum, by code ({@code ARTICLE}) or by Vietnamese name ("Tin, bài viết"). */
    CHOICE
}
