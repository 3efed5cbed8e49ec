-- Sessions of signed-in people in PostgreSQL (Spring Session JDBC), so that any instance serves any request: the
-- schema Spring Session 4.0 ships for PostgreSQL (spring.session.jdbc.initialize-schema=never; Flyway owns it).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36) NOT NULL,
    SESSION_ID            CHAR(36) NOT NULL,
    CREATION_TIME         BIGINT NOT NULL,
    LAST_ACCESS_TIME      BIGINT NOT NULL,
    MAX_INACTIVE_INTERVAL INT NOT NULL,
    EXPIRY_TIME           BIGINT NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36) NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
);

-- Every request of a signed-in person writes the session's last access time, in a transaction of its own
-- (Spring Session runs its writes with REQUIRES_NEW, after the request's own transaction has committed). Such a
-- transaction need not wait for the WAL to reach the disk: a crash can lose the last second of access times, which
-- only makes a session expire a little sooner. Business transactions never write these tables and keep
-- synchronous_commit as configured.
CREATE FUNCTION spring_session_commit_asynchronously() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    RETURN NULL;
END;
$$;

CREATE TRIGGER spring_session_commit_asynchronously AFTER INSERT OR UPDATE OR DELETE ON SPRING_SESSION
    FOR EACH STATEMENT EXECUTE FUNCTION spring_session_commit_asynchronously();
CREATE TRIGGER spring_session_commit_asynchronously AFTER INSERT OR UPDATE OR DELETE ON SPRING_SESSION_ATTRIBUTES
    FOR EACH STATEMENT EXECUTE FUNCTION spring_session_commit_asynchronously();
