import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("GET /health", () => {
      it("answers OK", async () => {
        const response = await api.get("/health")
        expect(response.status).toEqual(200)
        expect(response.data).toEqual("OK")
      })
    })

    describe("admin routes", () => {
      it("refuse a request without a token", async () => {
        const response = await api
          .get("/admin/products")
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toEqual(401)
      })
    })

    describe("store routes", () => {
      it("refuse a request without a publishable key", async () => {
        const response = await api
          .get("/store/products")
          .catch((error: { response: unknown }) => error.response)
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/publishable/i)
      })
    })
  },
})
