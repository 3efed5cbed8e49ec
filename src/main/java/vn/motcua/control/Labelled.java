package vn.motcua.control;

/** An enum value of a control record with its Vietnamese name, as shown on pages and written in spreadsheets. */
public interface Labelled {

    String name();

    String label();
}
