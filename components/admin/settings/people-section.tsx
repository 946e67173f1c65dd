import { AdminForm } from "../admin-form";
import { adminInputClass, secondaryButtonClass } from "../styles";
import type { AdminActionState } from "@/lib/auth/admin-action-state";
import type { StaffSkill } from "@/lib/generated/prisma/enums";
import type { StaffSkillsView } from "@/lib/studio/list-staff-skills";
import { moneyInputValue, SettingsField } from "./settings-field";

type Props = { people: StaffSkillsView[]; currency: string; action: (state: AdminActionState, formData: FormData) => Promise<AdminActionState> };

const SKILLS: { value: StaffSkill; label: string }[] = [
  { value: "ENGINEER", label: "Engineer" },
  { value: "PRODUCER", label: "Producer" },
];

/** Each active person: what they can be booked as and what their time costs. */
export function PeopleSection({ people, currency, action }: Props) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {people.map((person) => {
        const prefix = `person-${person.id}-`;
        const name = person.name ?? person.email;
        return (
          <li key={person.id} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <AdminForm action={action} submitLabel={`Save ${name}`} buttonClass={secondaryButtonClass}>
              <input type="hidden" name="userId" value={person.id} />
              <fieldset className="space-y-3">
                <legend className="font-semibold">{name}</legend>
                <fieldset id={`${prefix}skills`}>
                  <legend className="text-sm text-stone-700 dark:text-stone-300">Can be booked as</legend>
                  <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                    {SKILLS.map((skill) => (
                      <div key={skill.value} className="flex items-center gap-2">
                        <input id={`${prefix}skill-${skill.value}`} name="skills" value={skill.value} type="checkbox" defaultChecked={person.skills.includes(skill.value)} className="size-5 accent-amber-700" />
                        <label htmlFor={`${prefix}skill-${skill.value}`}>{skill.label}</label>
                      </div>
                    ))}
                  </div>
                </fieldset>
                <div className="grid gap-3 sm:grid-cols-2">
                  <SettingsField id={`${prefix}hourlyRate`} label={`Hourly rate (${currency})`} hint="Empty if not charged by the hour.">
                    {(control) => <input {...control} name="hourlyRate" type="text" inputMode="decimal" autoComplete="off" defaultValue={moneyInputValue(person.hourlyRateCents)} className={adminInputClass} />}
                  </SettingsField>
                  <SettingsField id={`${prefix}dayRate`} label={`Day rate (${currency})`} hint="Empty if not charged by the day.">
                    {(control) => <input {...control} name="dayRate" type="text" inputMode="decimal" autoComplete="off" defaultValue={moneyInputValue(person.dayRateCents)} className={adminInputClass} />}
                  </SettingsField>
                </div>
              </fieldset>
            </AdminForm>
          </li>
        );
      })}
    </ul>
  );
}
