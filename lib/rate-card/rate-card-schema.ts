// The rate card form of one room, as owners type it at /admin/settings: for each kind of offer
// whether the room sells it, its label and price, and what the kind needs (the minimum hours,
// the half day's length and start times, the lockout's minimum days). Field names are
// "<KIND>-<field>", which is also how their errors are keyed.
import { z } from "zod";
import { OFFER_KINDS, type OfferKind } from "./offer-kinds";
import { parseMoney } from "../money/parse-money";
import { formatMinutes, parseMinutes } from "../time/zoned-time";
import type { OfferRow } from "./default-room-offers";

export type RateCardInput = Partial<Record<`${OfferKind}-${"sold" | "label" | "price" | "minHours" | "blockHours" | "startTimes" | "minDays"}`, unknown>>;

const KIND_NAMES: Record<OfferKind, string> = { HOURLY: "By the hour", HALF_DAY: "Half day", FULL_DAY: "Full day", LOCKOUT: "Lockout" };

const wholeNumber = (value: unknown) => (typeof value === "string" && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : NaN);

/** The four offers as rows to store (one per kind; unsold ones inactive), or the field errors. */
export function parseRateCard(input: RateCardInput): { offers: (OfferRow & { active: boolean })[] } | { fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const refuse = (key: string, message: string) => (fieldErrors[key] ??= []).push(message);
  const offers = OFFER_KINDS.map((kind) => {
    const name = KIND_NAMES[kind];
    const key = (field: string) => `${kind}-${field}` as keyof RateCardInput;
    const active = input[key("sold")] === true;
    const label = z.string().trim().safeParse(input[key("label")]).data ?? "";
    if (active && label.length === 0) refuse(key("label"), `${name}: give the offer a name artists will read, such as “${name}”.`);
    if (Array.from(label).length > 60) refuse(key("label"), `${name}: the name can be at most 60 characters.`);
    const priceMinor = parseMoney(String(input[key("price")] ?? ""));
    if (active && priceMinor === null) refuse(key("price"), `${name}: enter the price as an amount such as 45 or 45.50.`);
    const row: OfferRow & { active: boolean } = { kind, label: label || name, priceMinor: priceMinor ?? 0, minHours: null, blockMinutes: null, startTimes: [], minDays: null, active };
    if (kind === "HOURLY") {
      row.minHours = wholeNumber(input[key("minHours")]);
      if (!(row.minHours >= 1 && row.minHours <= 24)) refuse(key("minHours"), "By the hour: the minimum is a whole number of hours from 1 to 24.");
    }
    if (kind === "HALF_DAY") {
      const hours = wholeNumber(input[key("blockHours")]);
      if (!(hours >= 1 && hours <= 24)) refuse(key("blockHours"), "Half day: its length is a whole number of hours from 1 to 24.");
      row.blockMinutes = hours * 60;
      const starts = String(input[key("startTimes")] ?? "").split(/[\s,]+/).filter(Boolean).map(parseMinutes);
      if (starts.length === 0 || starts.length > 12 || starts.some((start) => start === null || start >= 1440)) {
        refuse(key("startTimes"), "Half day: list up to 12 start times as HH:MM, separated by commas, such as 10:00, 16:00.");
      }
      row.startTimes = [...new Set(starts.filter((start): start is number => start !== null && start < 1440))].sort((a, b) => a - b);
    }
    if (kind === "LOCKOUT") {
      row.minDays = wholeNumber(input[key("minDays")]);
      if (!(row.minDays >= 2 && row.minDays <= 31)) refuse(key("minDays"), "Lockout: the minimum is a whole number of days from 2 to 31.");
    }
    return row;
  });
  return Object.keys(fieldErrors).length > 0 ? { fieldErrors } : { offers };
}

/** The form's starting values for one stored offer. */
export function rateCardFieldValues(offer: OfferRow & { active: boolean }): Record<string, string | boolean> {
  return {
    sold: offer.active,
    label: offer.label,
    price: (offer.priceMinor / 100).toFixed(2).replace(/\.00$/, ""),
    minHours: String(offer.minHours ?? 2),
    blockHours: String((offer.blockMinutes ?? 360) / 60),
    startTimes: (offer.startTimes.length ? offer.startTimes : [600, 960]).map(formatMinutes).join(", "),
    minDays: String(offer.minDays ?? 3),
  };
}

export { KIND_NAMES };
