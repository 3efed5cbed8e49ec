package vn.motcua.catalog.internal;

/**
 * Which agencies exist, for the catalog. Until the identity module is merged, {@link WellFormedAgencyDirectory}
 * accepts any well-formed agency code; it will then delegate to {@code vn.motcua.identity.Agencies}.
 */
interface AgencyDirectory {

    /** The demo agency (Sở Khoa học và Công nghệ) that receives the bundled catalog with demo data. */
    String demoAgency();

    boolean exists(String code);
}
