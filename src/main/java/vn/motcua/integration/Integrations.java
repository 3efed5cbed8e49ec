package vn.motcua.integration;

/** Which partner connections this installation has, for the administrator's page. */
public interface Integrations {

    /**
     * The national portal connection.
     *
     * @param configured whether messages are written and sent (off without {@code motcua.national-portal.url})
     * @param address    the portal's base address, or {@code null}
     * @param standIn    whether the address is this process's demo stand-in
     */
    record PortalConnection(boolean configured, String address, boolean standIn) {}

    PortalConnection nationalPortal();
}
