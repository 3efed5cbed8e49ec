package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.AgencyCreated;
import vn.motcua.identity.NewAgency;
import vn.motcua.identity.Unit;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;
import vn.motcua.shared.ProblemException.Kind;

@Service
@Transactional(readOnly = true)
class AgencyService implements Agencies {

    private final AgencyRepository agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Agency> find(AgencyCode code) {
        return agencies.find(code);
    }

    @Override
    public List<Agency> list() {
        return agencies.list();
    }

    @Override
    public boolean isValidOn(AgencyCode code, LocalDate date) {
        return agencies.find(code).map(a -> a.isValidOn(date)).orElse(false);
    }

    @Override
    @Transactional
    public Agency create(NewAgency agency) {
        String name = agency.name().strip();
        if (name.isEmpty()) {
            throw ProblemException.invalidField("name", "Vui lòng nhập tên cơ quan.");
        }
        if (agency.validTo() != null && agency.validTo().isBefore(agency.validFrom())) {
            throw ProblemException.invalidField("validTo", "Ngày hết hiệu lực không được trước ngày có hiệu lực.");
        }
        if (agencies.exists(agency.code())) {
            throw ProblemException.conflict("Mã cơ quan " + agency.code() + " đã tồn tại.");
        }
        if (agency.parentCode() != null && !agencies.exists(agency.parentCode())) {
            throw unprocessable("parentCode", "Không có cơ quan cấp trên mã " + agency.parentCode() + ".");
        }
        List<Agency> predecessors = new ArrayList<>();
        List<AgencyCode> codes = new ArrayList<>(new LinkedHashSet<>(agency.predecessorCodes()));
        for (int i = 0; i < codes.size(); i++) {
            String field = "predecessorCodes[" + i + "]";
            AgencyCode code = codes.get(i);
            Agency predecessor = agencies.find(code).orElseThrow(
                    () -> unprocessable(field, "Không có cơ quan tiền thân mã " + code + "."));
            if (!predecessor.validFrom().isBefore(agency.validFrom())) {
                throw unprocessable(field, "Cơ quan tiền thân " + code + " phải có hiệu lực trước ngày "
                        + agency.validFrom() + " của cơ quan mới.");
            }
            predecessors.add(predecessor);
        }
        if (!agencies.insert(agency.code(), name, agency.parentCode(), agency.validFrom(), agency.validTo(),
                clock.instant())) {
            throw ProblemException.conflict("Mã cơ quan " + agency.code() + " đã tồn tại.");
        }
        for (Agency predecessor : predecessors) {
            agencies.linkSuccession(predecessor.code(), agency.code());
            agencies.closeIfOpen(predecessor.code(), agency.validFrom().minusDays(1));
        }
        events.publishEvent(new AgencyCreated(agency.code(), codes, clock.instant()));
        return agencies.find(agency.code()).orElseThrow();
    }

    @Override
    @Transactional
    public Unit addUnit(AgencyCode agency, Unit unit) {
        if (!agencies.exists(agency)) {
            throw ProblemException.notFound("Không có cơ quan mã " + agency + ".");
        }
        String code = unit.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9._-]{0,29}")) {
            throw ProblemException.invalidField("code", "Mã đơn vị '" + unit.code() + "' không hợp lệ; chỉ dùng chữ cái "
                    + "không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 30 ký tự).");
        }
        String name = unit.name().strip();
        if (name.isEmpty()) {
            throw ProblemException.invalidField("name", "Vui lòng nhập tên đơn vị.");
        }
        Unit created = new Unit(code, name);
        if (!agencies.insertUnit(agency, created, clock.instant())) {
            throw ProblemException.conflict("Cơ quan " + agency + " đã có đơn vị mã " + code + ".");
        }
        return created;
    }

    @Override
    @Transactional
    public Agency updateContact(AgencyCode agency, AgencyContact contact) {
        String address = blankToNull(contact.address());
        String hotline = blankToNull(contact.hotline());
        String email = blankToNull(contact.email());
        if (address != null && address.length() > 500) {
            throw ProblemException.invalidField("address", "Địa chỉ tối đa 500 ký tự.");
        }
        if (hotline != null && !hotline.matches("[0-9+(][0-9 .()-]{2,29}")) {
            throw ProblemException.invalidField("hotline", "Số đường dây nóng '" + hotline + "' không hợp lệ; chỉ dùng "
                    + "chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc đơn (tối đa 30 ký tự).");
        }
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw ProblemException.invalidField("email", "Địa chỉ thư điện tử '" + email + "' không hợp lệ.");
        }
        if (!agencies.updateContact(agency, new AgencyContact(address, hotline, email))) {
            throw ProblemException.notFound("Không có cơ quan mã " + agency + ".");
        }
        return agencies.find(agency).orElseThrow();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(Kind.UNPROCESSABLE, detail, List.of(new FieldProblem(field, detail)));
    }
}
