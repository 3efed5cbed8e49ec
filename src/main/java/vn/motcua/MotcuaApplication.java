package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Một cửa: one door to the administrative procedures of a Vietnamese agency. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MotcuaApplication {

    public static void main(String[] args) {
        if (vn.motcua.cli.CommandLine.isCommand(args)) {
            System.exit(vn.motcua.cli.CommandLine.run(MotcuaApplication.class, args));
        }
        SpringApplication.run(MotcuaApplication.class, args);
    }
}
