package vn.motcua.identity;

/**
 * The demo province (loaded only with {@code motcua.demo=true}): Bắc Ninh after the 2025 merger with Bắc Giang,
 * and its Department of Science and Technology. Other modules' demo loaders use these codes; they must run
 * after identity's loader, i.e. with an {@code @Order} greater than {@link #LOADER_ORDER}.
 */
public final class DemoAgency {

    /** Sở Khoa học và Công nghệ tỉnh Bắc Ninh (from 01/7/2025). */
    public static final AgencyCode CODE = new AgencyCode("000.00.22.H05");

    /** Ủy ban nhân dân tỉnh Bắc Ninh. */
    public static final AgencyCode PROVINCE = new AgencyCode("000.00.00.H05");

    /** The one-stop desk (Bộ phận Một cửa) unit of {@link #CODE}. */
    public static final String ONE_STOP_UNIT = "BPMC";

    /** The unit of the demo specialist and unit head: Phòng Quản lý công nghệ và Đổi mới sáng tạo. */
    public static final String PROCESSING_UNIT = "QLCN";

    /** The password of every demo user. */
    public static final String PASSWORD = "Demo@12345";

    /** {@code @Order} of identity's demo loader (an {@code ApplicationRunner}). */
    public static final int LOADER_ORDER = 10;

    private DemoAgency() {}
}
