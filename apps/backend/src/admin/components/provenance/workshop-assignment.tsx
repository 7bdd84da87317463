import { Alert, Button, Hint, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { t } from "../../lib/i18n"
import { ProductMoveError } from "../../lib/product-workshop"
import { useProductWorkshopMove, useWorkshopOptions } from "../../lib/queries"
import type { ProductProvenance } from "../../lib/types"
import { FormField } from "./form-field"
import { OptionSelect } from "./option-select"

const FIELD_ID = "product-workshop"

/**
 * Picks the workshop that makes the product: always open while it has none,
 * behind "Change workshop" once it has one. The parent keeps this mounted
 * across both cases, so an error stays visible when a failed move leaves the
 * product without a workshop.
 */
export function WorkshopAssignment({ product }: { product: ProductProvenance }) {
  const current = product.workshop
  const [isChanging, setIsChanging] = useState(false)
  const [workshopId, setWorkshopId] = useState("")
  const [submitted, setSubmitted] = useState(false)
  const workshops = useWorkshopOptions()
  const move = useProductWorkshopMove(product.id)

  const all = workshops.data?.workshops ?? []
  const nameOf = (id: string) => all.find((workshop) => workshop.id === id)?.name ?? id
  const options = all
    .filter((workshop) => workshop.id !== current?.id)
    .map((workshop) => ({
      value: workshop.id,
      label: `${workshop.name} (${workshop.facility.name})`,
    }))

  const close = () => {
    setIsChanging(false)
    setWorkshopId("")
    setSubmitted(false)
    move.reset()
  }

  const submit = () => {
    setSubmitted(true)
    if (!workshopId) return
    move.mutate(
      { from: current?.id ?? null, to: workshopId },
      {
        onSuccess: (_, { to }) => {
          toast.success(t.widget.assigned(nameOf(to)))
          close()
        },
      },
    )
  }

  const isOpen = !current || isChanging
  const fieldError =
    (submitted && !workshopId ? t.common.required : undefined) ?? workshops.error?.message

  return (
    <div className="flex flex-col gap-y-3">
      {move.error && (
        <Alert variant="error">
          {move.error.message}
          {move.error instanceof ProductMoveError && (
            <>
              {" "}
              {move.error.restored && move.variables?.from
                ? t.widget.restored(nameOf(move.variables.from))
                : t.widget.notRestored}
            </>
          )}
        </Alert>
      )}
      {isOpen ? (
        <FormField
          id={FIELD_ID}
          label={t.widget.workshopOption}
          hint={current ? t.widget.changeHint : undefined}
          error={fieldError}
        >
          <div className="flex flex-wrap items-center gap-2">
            <div className="min-w-0 max-w-xs flex-1">
              <OptionSelect
                id={FIELD_ID}
                size="small"
                value={workshopId}
                onChange={setWorkshopId}
                options={options}
                disabled={move.isPending || workshops.isLoading}
              />
            </div>
            {current && (
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={close}
                disabled={move.isPending}
              >
                {t.common.cancel}
              </Button>
            )}
            <Button
              type="button"
              size="small"
              onClick={submit}
              isLoading={move.isPending}
            >
              {current ? t.common.save : t.widget.assign}
            </Button>
          </div>
          {workshops.isSuccess && all.length === 0 && (
            <Hint>
              {t.widget.noWorkshopsYet}{" "}
              <Link
                to="/provenance?tab=workshops"
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {t.provenance.title}
              </Link>
              .
            </Hint>
          )}
        </FormField>
      ) : (
        <div>
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => setIsChanging(true)}
          >
            {t.widget.changeWorkshop}
          </Button>
        </div>
      )}
    </div>
  )
}
