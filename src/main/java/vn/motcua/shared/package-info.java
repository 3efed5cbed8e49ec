/**
 * Shared kernel: value objects and the problem types every module may raise (records and exceptions, no beans); in
 * {@code jdbc} how every module's SQL reads common columns; in {@code web} what every module's pages share (refusals
 * beside the fields, Vietnamese time formats); in {@code http} the client every module calls partners with.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.shared;
