import { Alert, Label, RadioGroup } from "@medusajs/ui"
import { t } from "../../lib/i18n"
import { STAFF_ROLES, useFacilityNames, type StaffRole } from "../../lib/staff"
import { FormField } from "../provenance/form-field"
import { OptionSelect } from "../provenance/option-select"

type RoleFieldsProps = {
  idPrefix: string
  role: StaffRole
  onRoleChange: (role: StaffRole) => void
  facilityId: string
  onFacilityChange: (facilityId: string) => void
  facilityError?: string
}

/** The role and, for facility staff only, the facility they are bound to. */
export function RoleFields({
  idPrefix,
  role,
  onRoleChange,
  facilityId,
  onFacilityChange,
  facilityError,
}: RoleFieldsProps) {
  const facilities = useFacilityNames()

  return (
    <>
      {/* A radio group is not one control a label can point at, so it names the group. */}
      <div className="flex flex-col gap-y-2">
        <Label id={`${idPrefix}-role`} size="small" weight="plus">
          {t.staff.role}
        </Label>
        <RadioGroup
          aria-labelledby={`${idPrefix}-role`}
          value={role}
          onValueChange={(value) => onRoleChange(value as StaffRole)}
          className="grid grid-cols-2 gap-3"
        >
          {STAFF_ROLES.map((value) => (
            <RadioGroup.ChoiceBox
              key={value}
              value={value}
              label={t.staff.roles[value]}
              description={t.staff.roleDescriptions[value]}
            />
          ))}
        </RadioGroup>
      </div>
      {role === "facility_staff" &&
        (facilities.error ? (
          <Alert variant="error">{facilities.error.message}</Alert>
        ) : (
          <FormField
            id={`${idPrefix}-facility`}
            label={t.staff.facility}
            hint={t.staff.facilityHint}
            error={facilityError}
          >
            <OptionSelect
              id={`${idPrefix}-facility`}
              value={facilityId}
              onChange={onFacilityChange}
              options={facilities.options}
              disabled={facilities.isLoading}
            />
          </FormField>
        ))}
    </>
  )
}

/** Facility staff need a facility; head office has none. */
export function facilityMissing(role: StaffRole, facilityId: string): string | undefined {
  return role === "facility_staff" && !facilityId ? t.staff.facilityRequired : undefined
}
