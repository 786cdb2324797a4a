// What a password must be, checked the same way in the browser and on the server.
// Length over composition rules, as NIST SP 800-63B advises.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const NewPasswordSchema = z
  .object({
    password: z
      .string({ required_error: "password.required" })
      .min(PASSWORD_MIN_LENGTH, "password.tooShort")
      .max(PASSWORD_MAX_LENGTH, "password.tooLong"),
    confirmation: z.string({ required_error: "password.confirmationRequired" }),
  })
  .refine((value) => value.password === value.confirmation, {
    path: ["confirmation"],
    message: "password.mismatch",
  });
