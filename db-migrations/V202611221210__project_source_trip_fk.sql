-- A project's source trip now has a table to point at.
ALTER TABLE project ADD CONSTRAINT fk_project_source_trip FOREIGN KEY (source_trip_id) REFERENCES trip (id);
