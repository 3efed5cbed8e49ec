/**
 * Calendar (lịch làm việc): solar ↔ lunar dates, working days with holidays and make-up days, and due dates.
 * The one place where deadlines are computed; every other module calls it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.motcua.calendar;
