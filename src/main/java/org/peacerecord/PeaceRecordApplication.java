package org.peacerecord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeaceRecordApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeaceRecordApplication.class, args);
    }
}
