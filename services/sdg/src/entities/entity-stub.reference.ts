// The stubs hold only their key: whatever this service adds is resolved from it.
export const entityStubReference = {
  Partnership: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
  Organization: { __resolveReference: (reference: { id: string }) => ({ id: reference.id }) },
};
