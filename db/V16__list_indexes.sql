-- Indexes for the first pages of the catalog lists (docs/performance.md, "SQL"). A tenant reads its own rows and
-- the shared catalog's (tenant_id IN (tenant, shared)), which the (tenant_id, name, id) indexes of V2 cannot return
-- in name order, so a page sorted every visible row. In name order, with the tenant as a filter, a page of 50
-- materials reads about 150 index entries instead of every visible material.
CREATE INDEX material_name_ix ON material (name, material_id);
-- Tool pages are usually filtered by type and a diameter range: this finds the matching rows of the visible
-- tenants without visiting the heap pages of the others.
CREATE INDEX tool_type_diameter_ix ON tool (tenant_id, tool_type, diameter_mm);
