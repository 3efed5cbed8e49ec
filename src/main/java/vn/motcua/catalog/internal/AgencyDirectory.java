package vn.motcua.catalog.internal;

/** Which agencies exist, for the catalog ({@link IdentityAgencyDirectory} asks the identity module). */
interface AgencyDirectory {

    /** The demo agency (Sở Khoa học và Công nghệ) that receives the bundled catalog with demo data. */
    String demoAgency();

    boolean exists(String code);
}
