-- Issue 20, module notification: messages to applicants (e-mail, SMS, Zalo ZNS) about their dossiers and feedback,
-- the templates per event and channel, the channels each applicant chose, officers' addresses for the daily digest.

-- One template per event and channel, in Vietnamese, edited by administrators. {maHoSo} (dossiers) or {soPhanAnh}
-- (feedback) is required in every body; SMS bodies are sent without diacritics, in at most two segments, without links.
CREATE TABLE notification_template (
    event       text        NOT NULL,
    channel     text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'ZALO')),
    subject     text,
    body        text        NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    updated_at  timestamptz,
    updated_by  text,
    version     int         NOT NULL DEFAULT 0,
    PRIMARY KEY (event, channel)
);

-- One row per message to one address: what was sent, why (the legal basis: the service notice it is), and where its
-- delivery stands (mirrored from the outbox message by the channel's target in the delivery's transaction).
CREATE TABLE notification (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             text        NOT NULL,   -- the dossier's code, or the feedback's number for PAKN events
    event            text        NOT NULL,
    channel          text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'ZALO')),
    recipient        text        NOT NULL,
    subject          text,
    body             text        NOT NULL,
    legal_basis      text        NOT NULL,
    state            text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    outbox_id        bigint,                 -- null when the message could not be rendered (state FAILED)
    attempts         int         NOT NULL DEFAULT 0,
    last_answer      text,
    created_at       timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    CHECK ((state = 'DELIVERED') = (delivered_at IS NOT NULL)),
    CHECK ((state = 'FAILED') = (failed_at IS NOT NULL))
);
CREATE INDEX notification_code ON notification (code, id);

-- The channels the applicant chose at submission (or the desk recorded at intake). A dossier without a row is
-- notified on the addresses it carries (e-mail, SMS to the phone); an empty choice means no message.
CREATE TABLE notification_choice (
    code         text        PRIMARY KEY,
    channels     text[]      NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text
);

-- Officers' e-mail addresses for the daily digest of their queues (user accounts carry none).
CREATE TABLE notification_officer_email (
    username    text        PRIMARY KEY,
    email       text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- The day's digest is claimed by the instance that inserts its row, so one instance sends it.
CREATE TABLE notification_digest (
    day         date        PRIMARY KEY,
    claimed_at  timestamptz NOT NULL,
    officers    int
);

INSERT INTO notification_template (event, channel, subject, body) VALUES
('RECEIVED', 'EMAIL', 'Hồ sơ {maHoSo} đã được tiếp nhận',
 'Kính gửi ông/bà {nguoiNop},

Hồ sơ {maHoSo} ({tenThuTuc}) đã được {coQuan} tiếp nhận ngày {ngay}.
Ngày hẹn trả kết quả: {ngayHenTra}.

Ông/bà có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng dịch vụ công của tỉnh.
Thư này được gửi tự động, xin đừng trả lời.'),
('RECEIVED', 'SMS', NULL, 'Ho so {maHoSo} da duoc tiep nhan ngay {ngay}, hen tra ket qua {ngayHenTra}. Tra cuu bang ma ho so tren Cong dich vu cong cua tinh.'),
('RECEIVED', 'ZALO', NULL, 'Hồ sơ {maHoSo} ({tenThuTuc}) đã được tiếp nhận ngày {ngay}. Ngày hẹn trả kết quả: {ngayHenTra}.'),

('REFUSED', 'EMAIL', 'Hồ sơ {maHoSo} không được tiếp nhận',
 'Kính gửi ông/bà {nguoiNop},

Hồ sơ {maHoSo} ({tenThuTuc}) không được {coQuan} tiếp nhận.
Lý do: {lyDo}

Thư này được gửi tự động, xin đừng trả lời.'),
('REFUSED', 'SMS', NULL, 'Ho so {maHoSo} khong duoc tiep nhan. Ly do xem tren Cong dich vu cong cua tinh hoac tai Bo phan Mot cua.'),
('REFUSED', 'ZALO', NULL, 'Hồ sơ {maHoSo} không được tiếp nhận. Lý do: {lyDo}'),

('SUPPLEMENT_REQUESTED', 'EMAIL', 'Hồ sơ {maHoSo} cần bổ sung, hoàn thiện',
 'Kính gửi ông/bà {nguoiNop},

Hồ sơ {maHoSo} ({tenThuTuc}) cần được bổ sung, hoàn thiện.
Nội dung yêu cầu: {lyDo}

Thư này được gửi tự động, xin đừng trả lời.'),
('SUPPLEMENT_REQUESTED', 'SMS', NULL, 'Ho so {maHoSo} can bo sung, hoan thien. Noi dung yeu cau xem tren Cong dich vu cong cua tinh hoac tai Bo phan Mot cua.'),
('SUPPLEMENT_REQUESTED', 'ZALO', NULL, 'Hồ sơ {maHoSo} cần bổ sung, hoàn thiện. Nội dung yêu cầu: {lyDo}'),

('PAYMENT_REQUESTED', 'EMAIL', 'Hồ sơ {maHoSo}: đề nghị nộp phí, lệ phí',
 'Kính gửi ông/bà {nguoiNop},

Để tiếp tục giải quyết hồ sơ {maHoSo} ({tenThuTuc}), đề nghị ông/bà nộp phí, lệ phí: {soTien}.
Ông/bà có thể thanh toán trực tuyến trên Cổng dịch vụ công hoặc nộp tại Bộ phận Một cửa.

Thư này được gửi tự động, xin đừng trả lời.'),
('PAYMENT_REQUESTED', 'SMS', NULL, 'Ho so {maHoSo}: de nghi nop phi, le phi {soTien} de tiep tuc giai quyet.'),
('PAYMENT_REQUESTED', 'ZALO', NULL, 'Hồ sơ {maHoSo}: đề nghị nộp phí, lệ phí {soTien} để tiếp tục giải quyết.'),

('RESULT_READY', 'EMAIL', 'Hồ sơ {maHoSo} đã có kết quả',
 'Kính gửi ông/bà {nguoiNop},

Hồ sơ {maHoSo} ({tenThuTuc}) đã có kết quả giải quyết ngày {ngay}.
Mời ông/bà nhận kết quả theo hình thức đã đăng ký.

Thư này được gửi tự động, xin đừng trả lời.'),
('RESULT_READY', 'SMS', NULL, 'Ho so {maHoSo} da co ket qua giai quyet. Moi ong/ba nhan ket qua theo hinh thuc da dang ky.'),
('RESULT_READY', 'ZALO', NULL, 'Hồ sơ {maHoSo} đã có kết quả giải quyết. Mời ông/bà nhận kết quả theo hình thức đã đăng ký.'),

('RESULT_RETURNED', 'EMAIL', 'Hồ sơ {maHoSo} đã được trả kết quả',
 'Kính gửi ông/bà {nguoiNop},

Kết quả giải quyết hồ sơ {maHoSo} ({tenThuTuc}) đã được trả ngày {ngay}.
Cảm ơn ông/bà đã sử dụng dịch vụ; mời ông/bà đánh giá mức độ hài lòng trên Cổng dịch vụ công.

Thư này được gửi tự động, xin đừng trả lời.'),
('RESULT_RETURNED', 'SMS', NULL, 'Ho so {maHoSo} da duoc tra ket qua ngay {ngay}. Cam on ong/ba da su dung dich vu.'),
('RESULT_RETURNED', 'ZALO', NULL, 'Hồ sơ {maHoSo} đã được trả kết quả ngày {ngay}. Cảm ơn ông/bà đã sử dụng dịch vụ.'),

('WITHDRAWN', 'EMAIL', 'Hồ sơ {maHoSo}: đã ghi nhận yêu cầu rút hồ sơ',
 'Kính gửi ông/bà {nguoiNop},

{coQuan} đã ghi nhận yêu cầu rút hồ sơ {maHoSo} ({tenThuTuc}) ngày {ngay}.

Thư này được gửi tự động, xin đừng trả lời.'),
('WITHDRAWN', 'SMS', NULL, 'Da ghi nhan yeu cau rut ho so {maHoSo} ngay {ngay}.'),
('WITHDRAWN', 'ZALO', NULL, 'Đã ghi nhận yêu cầu rút hồ sơ {maHoSo} ngày {ngay}.'),

('FEEDBACK_RECEIVED', 'EMAIL', 'Phản ánh, kiến nghị số {soPhanAnh} đã được tiếp nhận',
 'Kính gửi ông/bà {nguoiNop},

Phản ánh, kiến nghị số {soPhanAnh} ("{tieuDe}") đã được {coQuan} tiếp nhận ngày {ngay}.
Ông/bà có thể tra cứu kết quả xử lý bằng số phản ánh và mã tra cứu đã được cấp.

Thư này được gửi tự động, xin đừng trả lời.'),
('FEEDBACK_RECEIVED', 'SMS', NULL, 'Phan anh, kien nghi so {soPhanAnh} da duoc tiep nhan ngay {ngay}.'),
('FEEDBACK_RECEIVED', 'ZALO', NULL, 'Phản ánh, kiến nghị số {soPhanAnh} đã được tiếp nhận ngày {ngay}.'),

('FEEDBACK_ANSWERED', 'EMAIL', 'Phản ánh, kiến nghị số {soPhanAnh} đã có kết quả xử lý',
 'Kính gửi ông/bà {nguoiNop},

Phản ánh, kiến nghị số {soPhanAnh} ("{tieuDe}") đã có kết quả xử lý ngày {ngay}.
Mời ông/bà xem kết quả bằng số phản ánh và mã tra cứu trên trang Phản ánh, kiến nghị.

Thư này được gửi tự động, xin đừng trả lời.'),
('FEEDBACK_ANSWERED', 'SMS', NULL, 'Phan anh, kien nghi so {soPhanAnh} da co ket qua xu ly. Xem ket qua tren trang Phan anh, kien nghi cua Cong dich vu cong.'),
('FEEDBACK_ANSWERED', 'ZALO', NULL, 'Phản ánh, kiến nghị số {soPhanAnh} đã có kết quả xử lý ngày {ngay}.');
