/**
 * Web shell: page layout, home and login pages, security, and the RFC 9457 problem responses for every API
 * error. It may use any module; no module uses it.
 */
@org.springframework.modulith.ApplicationModule
package vn.motcua.web;
