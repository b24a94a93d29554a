RETURN COUNT { MATCH (:Chain) } AS chains,
       COUNT { MATCH (:Region) } AS regions,
       COUNT { MATCH (:Segment) } AS segments,
       COUNT { MATCH (:Segment)-[:FEEDS]->(:Segment) } AS flows,
       COUNT { MATCH (:Company) } AS companies,
       COUNT { MATCH (:Site) } AS sites,
       COUNT { MATCH (:Site)-[:OPERATES_IN]->(:Segment) } AS siteSegments,
       COUNT { MATCH (:Company)-[:SUPPLIES]->(:Company) } AS supplies,
       COUNT { MATCH (:Project) } AS projects
