package vn.motcua.cli.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The stand-in's pages: pick one of the test people to sign in as (each a button posting the login form), and the
 * page shown after logging out. Plain HTML, no script.
 */
final class PickPage extends HttpServlet {

    private final transient IdentityProviderSetup setup;

    PickPage(IdentityProviderSetup setup) {
        this.setup = setup;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (!path.equals("/login") && !path.equals("/") && !path.equals("/da-dang-xuat")) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action *");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + e(setup.title()) + ": chọn người đăng nhập</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:56rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a}"
                + "h1{font-size:1.5rem;color:#a50e0e}.note{background:#fff4d6;border:1px solid #e0b84c;padding:.6rem 1rem}"
                + "ul{list-style:none;padding:0}li{border:1px solid #ccc;border-radius:6px;margin:.6rem 0;padding:.8rem 1rem}"
                + "button{font-size:1rem;padding:.45rem 1rem;background:#a50e0e;color:#fff;border:0;border-radius:4px;"
                + "cursor:pointer}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}"
                + "dt{color:#555}dd{margin:0}</style></head><body>");
        out.println("<h1>" + e(setup.title()) + "</h1>");
        out.println("<p class=\"note\">Đây là nhà cung cấp định danh <strong>giả lập</strong> dùng để thử nghiệm. "
                + "Người dùng dưới đây là người giả định, không phải công dân thật.</p>");
        if (path.equals("/da-dang-xuat")) {
            out.println("<p>Bạn đã đăng xuất khỏi tài khoản định danh điện tử.</p></body></html>");
            return;
        }
        if (request.getParameter("error") != null) {
            out.println("<p role=\"alert\">Không đăng nhập được; hãy chọn lại.</p>");
        }
        out.println("<p>Chọn người để đăng nhập vào dịch vụ công:</p><ul>");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        for (TestPerson person : TestPerson.ALL) {
            out.println("<li><form method=\"post\" action=\"/login\">");
            out.println("<dl><dt>Họ và tên</dt><dd>" + e(person.fullName()) + "</dd>"
                    + "<dt>Số định danh (SoDinhDanh)</dt><dd>" + e(person.idNumber()) + "</dd>"
                    + "<dt>Ngày sinh</dt><dd>" + e(day(person.birthDate())) + "</dd>"
                    + "<dt>Mức định danh (loA)</dt><dd>Mức " + person.level() + "</dd>"
                    + (person.enterpriseCode() == null ? "" : "<dt>Đại diện tổ chức</dt><dd>"
                            + e(person.enterpriseName()) + " (mã số doanh nghiệp " + e(person.enterpriseCode())
                            + ")</dd>")
                    + "</dl>");
            out.println("<input type=\"hidden\" name=\"username\" value=\"" + e(person.subject(setup.provider())) + "\">");
            out.println("<input type=\"hidden\" name=\"password\" value=\"" + IdentityProviderBeans.PASSWORD + "\">");
            if (csrf != null) {
                out.println("<input type=\"hidden\" name=\"" + e(csrf.getParameterName()) + "\" value=\""
                        + e(csrf.getToken()) + "\">");
            }
            out.println("<button type=\"submit\">Đăng nhập là " + e(person.fullName()) + "</button></form></li>");
        }
        out.println("</ul></body></html>");
    }

    private static String day(String yyyyMMdd) {
        return yyyyMMdd.substring(6, 8) + "/" + yyyyMMdd.substring(4, 6) + "/" + yyyyMMdd.substring(0, 4);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
