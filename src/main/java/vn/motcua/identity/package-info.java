/** Identity (cơ quan, đơn vị, người dùng): agencies as a tree with history, their units, users and their scoped roles. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.motcua.identity;
