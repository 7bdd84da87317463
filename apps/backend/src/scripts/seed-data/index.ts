export * from "./categories"
export * from "./facilities"
export * from "./products"
export * from "./product-image"
