package vn.motcua.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.NationalIdentity;

/** People known by their personal identity number ({@code national_identity}, {@code national_identity_subject}). */
@Repository
class NationalIdentityRepository {

    private final JdbcClient jdbc;

    NationalIdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account linked to the identity number, locking the row until the end of the transaction. */
    Optional<String> lockAccount(String idNumber) {
        return jdbc.sql("""
                SELECT u.username
                  FROM national_identity n JOIN user_account u ON u.id = n.user_id
                 WHERE n.id_number = :idNumber
                   FOR UPDATE OF n
                """).param("idNumber", idNumber).query(String.class).optional();
    }

    /** Links a new identity to the account; {@code false} when another sign-in linked the number meanwhile. */
    boolean link(NationalIdentity identity, String username, Instant now) {
        return jdbc.sql("""
                INSERT INTO national_identity (id_number, user_id, full_name, provider, assurance_level,
                                               first_signed_in, last_signed_in)
                SELECT :idNumber, id, :fullName, :provider, :level, :now, :now
                  FROM user_account WHERE lower(username) = lower(:username)
                ON CONFLICT (id_number) DO NOTHING
                """).param("idNumber", identity.idNumber()).param("fullName", identity.fullName())
                .param("provider", identity.provider()).param("level", identity.assuranceLevel())
                .param("now", utc(now)).param("username", username).update() == 1;
    }

    /** Records the attributes as the provider sent them now, and the provider's subject. */
    void record(NationalIdentity identity, Instant now) {
        jdbc.sql("""
                UPDATE national_identity
                   SET full_name = :fullName, birth_date = :birthDate, gender = :gender, address = :address,
                       phone = :phone, email = :email, enterprise_code = :enterpriseCode,
                       enterprise_name = :enterpriseName, enterprise_address = :enterpriseAddress,
                       provider = :provider, assurance_level = :level, last_signed_in = :now
                 WHERE id_number = :idNumber
                """).param("fullName", identity.fullName()).param("birthDate", identity.birthDate(), java.sql.Types.DATE)
                .param("gender", identity.gender(), java.sql.Types.VARCHAR)
                .param("address", identity.address(), java.sql.Types.VARCHAR)
                .param("phone", identity.phone(), java.sql.Types.VARCHAR)
                .param("email", identity.email(), java.sql.Types.VARCHAR)
                .param("enterpriseCode", identity.enterpriseCode(), java.sql.Types.VARCHAR)
                .param("enterpriseName", identity.enterpriseName(), java.sql.Types.VARCHAR)
                .param("enterpriseAddress", identity.enterpriseAddress(), java.sql.Types.VARCHAR)
                .param("provider", identity.provider()).param("level", identity.assuranceLevel())
                .param("now", utc(now)).param("idNumber", identity.idNumber()).update();
        if (identity.subject() != null) {
            jdbc.sql("""
                    INSERT INTO national_identity_subject (provider, subject, id_number, first_seen)
                    VALUES (:provider, :subject, :idNumber, :now)
                    ON CONFLICT (provider, subject) DO NOTHING
                    """).param("provider", identity.provider()).param("subject", identity.subject())
                    .param("idNumber", identity.idNumber()).param("now", utc(now)).update();
        }
    }

    Optional<NationalIdentity> ofUser(String username) {
        return jdbc.sql("""
                SELECT n.provider, n.id_number, n.full_name, n.birth_date, n.gender, n.address, n.phone, n.email,
                       n.assurance_level, n.enterprise_code, n.enterprise_name, n.enterprise_address
                  FROM national_identity n JOIN user_account u ON u.id = n.user_id
                 WHERE lower(u.username) = lower(:username)
                """).param("username", username).query((rs, i) -> new NationalIdentity(rs.getString("provider"), null,
                        rs.getString("id_number"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("gender"), rs.getString("address"),
                        rs.getString("phone"), rs.getString("email"), rs.getInt("assurance_level"),
                        rs.getString("enterprise_code"), rs.getString("enterprise_name"),
                        rs.getString("enterprise_address"))).optional();
    }

    long countAtLeast(int level) {
        return jdbc.sql("SELECT count(*) FROM national_identity WHERE assurance_level >= :level")
                .param("level", level).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
