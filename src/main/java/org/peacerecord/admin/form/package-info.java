/**
 * The inputs every record form is made of (dates at a precision, quantities and money with a qualifier, citation
 * rows) and their validation: the admin module's named interface "form", used by each feature's own form.
 */
@NamedInterface("form")
package org.peacerecord.admin.form;

import org.springframework.modulith.NamedInterface;
