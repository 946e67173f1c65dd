/**
 * The session form's fields as the booking schemas expect them: the dates list without its empty
 * inputs, checkboxes as booleans. Everything is still unvalidated.
 */
export function sessionFormFields(formData: FormData) {
  const text = (name: string) => String(formData.get(name) ?? "");
  return {
    roomId: text("roomId"),
    engineerId: text("engineerId"),
    producerId: text("producerId"),
    status: text("status"),
    bookingId: text("bookingId"),
    version: text("version"),
    dates: formData.getAll("date").map(String).filter((date) => date.trim() !== ""),
    wholeDay: formData.get("wholeDay") === "on",
    startTime: text("startTime"),
    endTime: text("endTime"),
    overrideHours: formData.get("overrideHours") === "on",
  };
}
