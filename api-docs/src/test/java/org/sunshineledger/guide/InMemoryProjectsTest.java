package org.sunshineledger.guide;

import org.sunshineledger.project.Projects;

class InMemoryProjectsTest extends ProjectsContract {
  @Override
  Projects emptyProjects() {
    return new InMemoryProjects();
  }
}
