package org.peacerecord.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A code typed at a sign-in step: six digits from the authenticator app, or a recovery code. */
public class CodeForm {

    @NotBlank(message = "{secondFactor.code.required}")
    @Size(max = 40, message = "{secondFactor.code.wrong}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
